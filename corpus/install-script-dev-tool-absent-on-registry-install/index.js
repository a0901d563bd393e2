// Ledger notes: the server itself is not what this case is about.
console.log("ledger notes");
