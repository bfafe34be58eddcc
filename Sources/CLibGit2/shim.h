// libgit2 (Debian's libgit2-dev), which reads a site's history: commits, trees and blobs.
#include <git2.h>
