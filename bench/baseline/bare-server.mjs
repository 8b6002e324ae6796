// The benchmark's upper bound: bare node:http answering every request with the same bytes
// from memory. Reads the bytes from BARE_BODY_FILE; listens on PORT.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = readFileSync(process.env.BARE_BODY_FILE);
createServer((request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
}).listen(Number(process.env.PORT), "127.0.0.1");
