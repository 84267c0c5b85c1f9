// A delivery channel: sends one message to one address, or throws (the runner retries).
export interface OutgoingMessage {
  id: string;
  unitId: string | null;
  kind: string;
  subject: string;
  text: string;
  link: string | null;
  userId: string | null;
  email: string | null;
  phone: string | null;
  zalo: string | null;
}

export interface Channel {
  /** False: the channel has no settings here; its deliveries are marked "not-configured". */
  configured: boolean;
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}

export const notConfigured: Channel = {
  configured: false,
  send: async () => {
    throw new Error('not configured');
  },
};
