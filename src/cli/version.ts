/** The release of this tool; a test holds it equal to package.json's version. */
export const VERSION = '0.1.0';
