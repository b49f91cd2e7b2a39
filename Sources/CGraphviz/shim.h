// Graphviz's layout and rendering (libgvc) and graph (libcgraph) interfaces.
// pkg-config's `libgvc` puts the graphviz include folder on the path.
#include <gvc.h>
#include <cgraph.h>

// The node an edge points to; `aghead` is a macro, which Swift cannot call.
static inline Agnode_t *actormap_head(Agedge_t *edge) { return aghead(edge); }

#if defined(__linux__)
#include <signal.h>
#include <sys/prctl.h>
// A process laying out a graph for another ends when that one does, even when it is
// killed: prctl is variadic in C, so Swift cannot call it directly.
static inline void actormap_stop_with_parent(void) { prctl(PR_SET_PDEATHSIG, SIGKILL); }
#else
static inline void actormap_stop_with_parent(void) {}
#endif
