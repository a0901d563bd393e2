exports.format = (text) => JSON.stringify(JSON.parse(text), null, 2);
