// How every CLI ends. Into a pipe, Node writes stdout and stderr asynchronously (on POSIX): what the reader has
// not taken yet waits in the process, and process.exit() throws it away, so `ingest --json | wc -c` stopped at
// 64 KiB. Exiting here waits until everything written so far has reached the operating system, whatever the
// output is (terminal, file, pipe, slow reader), then exits with the code.

/** Resolves once everything written to `stream` before the call is out of this process (or cannot be). */
export function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    // a reader that went away (`| head`) closes the pipe: nothing more can be written, which is not a failure here
    const gone = () => resolve();
    stream.once("error", gone);
    // writes are kept in order, so the callback of an empty write runs after every earlier one was flushed
    stream.write("", () => {
      stream.off("error", gone);
      resolve();
    });
  });
}

/** Waits for stdout and stderr to drain, then exits with `code`. */
export async function exit(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
