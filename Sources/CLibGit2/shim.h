// libgit2 (Debian's libgit2-dev), which reads a site's history: commits, trees and blobs.
#include <git2.h>

/// Lets libgit2 keep trees of up to `limit` bytes in its object cache (it keeps none over 4 KiB
/// by default, so a folder of thousands of files was parsed again at every commit compared), and
/// at most `total` bytes of objects in all (256 MiB by default).
/// `git_libgit2_opts` is variadic, which Swift cannot call; this can.
static inline int broadside_git_cache_trees(size_t limit, ssize_t total) {
    int status = git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, limit);
    return status != 0 ? status : git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, total);
}
