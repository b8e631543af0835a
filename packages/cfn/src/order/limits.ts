/** Longest justification an order may carry, in characters after trimming. */
export const MAX_JUSTIFICATION = 2000;
