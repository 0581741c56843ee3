// Prints the keys of both dictionaries as JSON so the .NET test can check they match and no string is empty.
import zh from '../src/i18n/zh.js';
import en from '../src/i18n/en.js';

process.stdout.write(JSON.stringify({ zh, en }));
