// The article sizes (in UTF-16 code units, as String.length counts them) at which the page changes how it works, in
// one place so that tuning the page for speed means editing one file.

// From this length an analysis runs in a worker, so the page keeps answering; below it the main thread is faster (a
// few milliseconds, no copying).
export const WORKER_THRESHOLD = 200_000;

// Past this length an analysis takes long enough for the reader to notice (a few hundred milliseconds): the status
// line says it is under way, and typing waits for a longer pause before analysing again.
export const SLOW_ANALYSIS = 200_000;

// Past this length the article is kept out of the text box (Chromium needs seconds to lay out a textarea holding
// megabytes, while the highlighted view draws it in slices) and each step of drawing it (a layer's marks, a panel
// list) is a task of its own, with a turn for the browser in between.
export const LARGE_ARTICLE = 100_000;
