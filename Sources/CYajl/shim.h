#ifndef CYAJL_SHIM_H
#define CYAJL_SHIM_H
#include <yajl/yajl_parse.h>

/* yajl_config is variadic, which Swift cannot call: one wrapper per option used. */
static inline int yajl_config_dont_validate(yajl_handle handle) {
    return yajl_config(handle, yajl_dont_validate_strings, 1);
}
#endif
