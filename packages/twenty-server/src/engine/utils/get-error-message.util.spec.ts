import { getErrorMessage } from 'src/engine/utils/get-error-message.util';

describe('getErrorMessage', () => {
  it("gives an error's message, or the thrown value itself", () => {
    expect(getErrorMessage(new Error('Boom'))).toBe('Boom');
    expect(getErrorMessage('Boom')).toBe('Boom');
    expect(getErrorMessage(undefined)).toBe('undefined');
  });
});
