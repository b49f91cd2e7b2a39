// libyaml's declarations, from Debian's libyaml-dev (0.2.5). No library is linked here:
// the functions are those of the copy of libyaml 0.2.5 that Yams builds into every program
// using it, whose structures this header describes.
#include <yaml.h>
