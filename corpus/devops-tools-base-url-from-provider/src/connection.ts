export interface Connection {
  serverUrl: string;
  token: string;
}

/** Signs in once (device code flow, cached on disk) and hands out the organization's connection. */
export type ConnectionProvider = () => Promise<Connection>;
