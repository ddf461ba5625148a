export const USERS_PATH = '/users';
export const userPath = (id: string) => `/users/${encodeURIComponent(id)}`;
