/** One message to one address, rendered; `idempotencyKey` (the delivery id) travels to the provider. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** SMS: the provider's template id and its parameters (providers send only pre-approved templates). */
  template?: { id: string; params: Record<string, string> };
  idempotencyKey: string;
  /** E-mail: List-Unsubscribe target. */
  unsubscribeUrl?: string;
}

/** The port every channel implements: resolves with the provider's message id, or throws a ChannelError. */
export interface ChannelAdapter {
  readonly name: string;
  send(message: OutgoingMessage): Promise<{ providerMessageId: string | null }>;
}

/**
 * A refused send. `permanent` failures (address rejected, provider refuses the template, bad credentials) are not
 * retried; the others (timeouts, 4xx, throttling) are, with backoff, until the delivery is dead-lettered.
 */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}
