/* nr-input.h: reading a whole file that may come from anywhere, within a
 * bound. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int     nr_input_open_regular (GFile       *file,
                               GError     **error);
GBytes *nr_input_read_file    (GFile       *file,
                               gsize        max_size,
                               GError     **error);
GBytes *nr_input_read_stream  (int          fd,
                               const char  *display_name,
                               gsize        max_size,
                               GError     **error);
void    nr_input_set_too_large_error (GError     **error,
                                      const char  *display_name,
                                      goffset      size,
                                      gsize        max_size);

G_END_DECLS
