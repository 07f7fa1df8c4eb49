/** Runs `run` once calls to `run()` pause for `ms`; `dispose` cancels a pending run. */
export function debounce(run: () => void, ms: number): { run(): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    run() {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
