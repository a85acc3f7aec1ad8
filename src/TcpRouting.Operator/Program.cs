// The `tcprouting` executable; the CLI is built in Cli/ (issue 2, 3).
return 0;
