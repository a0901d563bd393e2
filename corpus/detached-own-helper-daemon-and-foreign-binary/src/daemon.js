// The package's own daemon: keeps the browser session between tool calls.
import net from "node:net";
net.createServer((socket) => socket.end("ok")).listen(0, "127.0.0.1");
