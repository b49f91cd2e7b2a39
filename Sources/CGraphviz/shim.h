// Graphviz's layout and rendering (libgvc) and graph (libcgraph) interfaces.
// pkg-config's `libgvc` puts the graphviz include folder on the path.
#include <gvc.h>
#include <cgraph.h>
