// Ground floor: the SPEC's vocabulary as data (tab names, headers and their notes, enums, the
// Cadrage questions). Imports nothing of ours; every other floor may import it.
export * from './enums';
export * from './cadrage';
export * from './tables';
export * from './rpc-errors';
