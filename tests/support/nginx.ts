/** nginx (Debian package) serving a built site under a sub-path on a free loopback port. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type Nginx = { url: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** The server block documented in the README, with the test's paths and port filled in. */
export function serverBlock(port: number, siteDir: string, base: string): string {
  return `
    server {
      listen 127.0.0.1:${port};
      root ${resolve(siteDir)};
      location ${base} {
        alias ${resolve(siteDir)}/;
        index index.html;
        error_page 404 ${base}404.html;
      }
    }`;
}

export async function startNginx(siteDir: string, base: string): Promise<Nginx> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), "np-nginx-"));
  const config = join(prefix, "nginx.conf");
  writeFileSync(
    config,
    `${process.getuid?.() === 0 ? "user root;" : ""}
    worker_processes 1;
    error_log ${prefix}/error.log;
    pid ${prefix}/nginx.pid;
    events { worker_connections 64; }
    http {
      include /etc/nginx/mime.types;
      access_log off;
      gzip on;
      gzip_types text/css application/javascript application/json application/xml application/rss+xml image/svg+xml;
      client_body_temp_path ${prefix}/body;
      proxy_temp_path ${prefix}/proxy;
      fastcgi_temp_path ${prefix}/fastcgi;
      uwsgi_temp_path ${prefix}/uwsgi;
      scgi_temp_path ${prefix}/scgi;
      ${serverBlock(port, siteDir, base)}
    }`,
  );
  const child: ChildProcess = spawn("/usr/sbin/nginx", ["-p", prefix, "-c", config, "-g", "daemon off;"], {
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once("exit", () => done());
        child.kill("SIGQUIT");
      }),
  };
}
