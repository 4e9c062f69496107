/** Types of scripts/dev-server.js, for the tests that import it. */
export const TRUST_HELP: string;
export function httpsOptions(devCerts?: { getHttpsServerOptions(): Promise<unknown> }): Promise<{ type: 'https'; options: unknown }>;
export function devServerPort(env?: Record<string, string | undefined>): number;
