import { CLIENT_TRANSITIONS, ORDER_TRANSITIONS, STAGE_TRANSITIONS, transitionRefusal } from './lifecycle.rules';

describe('lifecycle transitions', () => {
  it('lets a client move forward one step at a time, or close', () => {
    expect(transitionRefusal(CLIENT_TRANSITIONS, 'REGISTERED', 'PRE_ADJUDICATION', 'client')).toBeNull();
    expect(transitionRefusal(CLIENT_TRANSITIONS, 'AFTERCARE', 'CLOSED', 'client')).toBeNull();
    expect(transitionRefusal(CLIENT_TRANSITIONS, 'REGISTERED', 'POST_ADJUDICATION', 'client')).toContain(
      'it can become PRE_ADJUDICATION or CLOSED',
    );
    expect(transitionRefusal(CLIENT_TRANSITIONS, 'POST_ADJUDICATION', 'ADJUDICATION', 'client')).not.toBeNull();
    expect(transitionRefusal(CLIENT_TRANSITIONS, 'CLOSED', 'REGISTERED', 'client')).toContain('final');
  });

  it('closes a case from any open stage but never reopens it', () => {
    expect(transitionRefusal(STAGE_TRANSITIONS, 'PRE_ADJUDICATION', 'CLOSED', 'case')).toBeNull();
    expect(transitionRefusal(STAGE_TRANSITIONS, 'CLOSED', 'ADJUDICATION', 'case')).not.toBeNull();
  });

  it('activates an order only from pending placement and ends it as completed, breached or revoked', () => {
    expect(transitionRefusal(ORDER_TRANSITIONS, 'PENDING_PLACEMENT', 'ACTIVE', 'order')).toBeNull();
    expect(transitionRefusal(ORDER_TRANSITIONS, 'PENDING_PLACEMENT', 'COMPLETED', 'order')).not.toBeNull();
    expect(transitionRefusal(ORDER_TRANSITIONS, 'ACTIVE', 'BREACHED', 'order')).toBeNull();
    expect(transitionRefusal(ORDER_TRANSITIONS, 'COMPLETED', 'ACTIVE', 'order')).not.toBeNull();
  });
});
