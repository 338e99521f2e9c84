/** Where in the web app an invitation link leads. */
export const acceptPath = (token: string) => `/invite/${token}`;
