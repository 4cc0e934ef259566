#pragma once

// simdjson's inlined code trips GCC 12's flow-sensitive warnings (-Wdangling-pointer,
// -Wmaybe-uninitialized) with false positives; silence them for its header only, so that
// warnings stay errors for the project's own code.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <simdjson.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
