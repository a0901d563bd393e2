exports.format = (text) => text.trim() + "\n";
