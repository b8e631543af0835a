export declare const CLI_BUNDLE: string;
export declare const CLI_CODE_CACHE: string;
