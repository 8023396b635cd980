/* libpath.c - a library that dl-library-path.c is linked against without
 * a RUNPATH: only LD_LIBRARY_PATH (dl-library-path.env) finds it. */
int path_answer(int x) { return x * 6 + 7; }
const char path_greeting[] = "found through LD_LIBRARY_PATH";
