export const MY_LICENCE_PATH = '/me/licence';
