// A progress line on standard error (documents, MB/s, errors, ETA when the input size is known), redrawn at most four
// times a second, and only when standard error is a terminal: logs and pipes never see it. As cli/progress.cpp.
export function progress(totalBytes) {
  const on = Boolean(process.stderr.isTTY);
  const start = performance.now();
  let last = start, bytes = 0, documents = 0, errors = 0;
  const draw = () => {
    last = performance.now();
    const mb = bytes / 1e6, rate = last > start ? mb / ((last - start) / 1000) : 0;
    let line = `\rnewsmark: ${documents} documents, ${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s, ${errors} errors`;
    if (totalBytes > bytes && rate > 0) {
      const eta = Math.floor((totalBytes - bytes) / 1e6 / rate);
      line += `, ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
    }
    process.stderr.write(`${line}\x1b[K`);
  };
  return {
    add(n, failed) {
      bytes += n;
      ++documents;
      errors += failed ? 1 : 0;
      if (on && performance.now() - last > 250) draw();
    },
    finish() {
      if (!on) return;
      draw();
      process.stderr.write('\n');
    },
  };
}
