// The columns of a user that may leave lib/auth. Never the password hash.
export const publicUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  passwordResetRequiredAt: true,
  temporaryPasswordUntil: true,
  createdAt: true,
} as const;
