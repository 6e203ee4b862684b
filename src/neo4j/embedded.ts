import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

/**
 * Runs Neo4j 5.26 Community in a child JVM, from jars that Maven resolves
 * once into the local repository. The launcher is neo4j/EmbeddedNeo4j.java.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const launcherDir = join(projectRoot, 'neo4j');
const cacheDir = join(projectRoot, '.neo4j');

export class EmbeddedNeo4jError extends Error {}

const MISSING_TOOLS =
  'Neo4j runs embedded by default and needs Java 17+ and Maven on the PATH ' +
  '(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven). ' +
  'Alternatively set NEO4J_URI to an existing Neo4j, or run `docker compose up`.';

function requireTool(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new EmbeddedNeo4jError(`${command} was not found or failed to run. ${MISSING_TOOLS}`);
  }
}

function hashOf(...files: string[]) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Whether the jars still need resolving (so callers can announce the slow first run). */
export function jarsResolved(): boolean {
  return existsSync(join(cacheDir, `classpath-${hashOf(join(launcherDir, 'pom.xml'))}.txt`));
}

/** Resolves the Neo4j jars with Maven (cached by the pom's hash) and compiles the launcher. */
export function prepareEmbeddedNeo4j(): { classpath: string } {
  mkdirSync(cacheDir, { recursive: true });
  const pom = join(launcherDir, 'pom.xml');
  const cpFile = join(cacheDir, `classpath-${hashOf(pom)}.txt`);
  if (!existsSync(cpFile)) {
    requireTool('java', ['-version']);
    requireTool('mvn', ['-v']);
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}.tmp`],
      { encoding: 'utf8' },
    );
    if (mvn.status !== 0) {
      throw new EmbeddedNeo4jError(`Maven could not resolve Neo4j's jars:\n${mvn.stdout}${mvn.stderr}`);
    }
    writeFileSync(cpFile, readFileSync(`${cpFile}.tmp`, 'utf8').trim());
  }
  const jars = readFileSync(cpFile, 'utf8').trim();

  const source = join(launcherDir, 'EmbeddedNeo4j.java');
  const classes = join(cacheDir, `classes-${hashOf(source)}`);
  if (!existsSync(join(classes, 'EmbeddedNeo4j.class'))) {
    requireTool('javac', ['-version']);
    const javac = spawnSync('javac', ['-d', classes, '-cp', jars, source], { encoding: 'utf8' });
    if (javac.status !== 0) throw new EmbeddedNeo4jError(`javac failed:\n${javac.stderr}`);
  }
  return { classpath: `${classes}:${jars}` };
}

export interface EmbeddedOptions {
  storeDir: string;
  /** 0 picks a free port. */
  port?: number;
  heapMb?: number;
  pageCacheMb?: number;
  /** A directory LOAD CSV may read (file:///name.csv), for the import benchmark only; by default it reads none. */
  importDir?: string;
  /** Where the JVM's own output goes (its warnings are not failures). */
  onOutput?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  process: ChildProcess;
  /** Stops the DBMS cleanly and waits for the JVM to exit. */
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { classpath } = prepareEmbeddedNeo4j();
  const storeDir = resolve(options.storeDir);
  mkdirSync(storeDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMb ?? 768}m`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      'EmbeddedNeo4j',
      storeDir,
      '127.0.0.1',
      String(options.port ?? 0),
      String(options.pageCacheMb ?? 128),
      ...(options.importDir ? [resolve(options.importDir)] : []),
    ],
    // stdin stays a pipe: the launcher exits when it closes, so it cannot outlive us.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
    options.onOutput?.(line);
  };
  createInterface({ input: child.stderr! }).on('line', keep);

  const port = await new Promise<number>((resolvePort, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^BOLT_PORT=(\d+)$/.exec(line);
      if (match) resolvePort(Number(match[1]));
      else keep(line);
    });
    child.once('error', (err) =>
      reject(new EmbeddedNeo4jError(`could not start java: ${err.message}. ${MISSING_TOOLS}`)),
    );
    void exited.then((code) =>
      reject(new EmbeddedNeo4jError(`Neo4j exited (code ${code}) before Bolt was up:\n${output.join('\n')}`)),
    );
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };

  return { uri: `bolt://127.0.0.1:${port}`, port, process: child, stop };
}
