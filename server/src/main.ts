import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFileSystem } from './nodeFileSystem';
import { RegenServer } from './server';
import { compileRegExpsAtOnce, memoryRelease } from './launch';

compileRegExpsAtOnce();

// Transport (--stdio, --node-ipc, --socket) comes from the command line.
const connection = createConnection(ProposedFeatures.all);

process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? String(error)}`));

// `gc` is present when Node runs with --expose-gc, as the extension starts the server (launch.ts).
new RegenServer(connection, nodeFileSystem, memoryRelease((globalThis as { gc?: () => void }).gc)).listen();
