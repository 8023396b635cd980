/* Reading guest code for the translator. */
#ifndef FERRY_FETCH_H
#define FERRY_FETCH_H

#include <stdbool.h>
#include <stdint.h>

/* False if pc is not in guest memory the guest may execute. */
bool fetch_insn(uint64_t pc, uint32_t *insn);

/* The guest code a translation depends on: between fetch_track_begin()
 * and fetch_track_end(), every fetched address is recorded, and end
 * returns up to `max` ranges [lo[i], hi[i]) covering them all (nearby
 * runs merged when there are more). */
void fetch_track_begin(void);
/* Stop recording (for reads the translation does not depend on); returns
 * whether it was on, for fetch_track_resume(). */
bool fetch_track_pause(void);
void fetch_track_resume(bool was_on);
/* Record [lo, hi) as read (code reused from an earlier decode). */
void fetch_track_range(uint64_t lo, uint64_t hi);
int fetch_track_end(uint64_t *lo, uint64_t *hi, int max);

#endif
