// The largest backup file an import reads, kept apart from the backup rules
// so the options page can say it without loading them. Pure.
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
