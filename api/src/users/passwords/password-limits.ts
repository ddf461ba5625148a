/** NIST SP 800-63B length limits, in characters. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
