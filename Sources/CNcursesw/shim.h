#ifndef WINNOW_CNCURSESW_SHIM_H
#define WINNOW_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
   before curses.h is included. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* glibc hides wcwidth from Swift's Glibc module. */
extern int wcwidth(wchar_t c);

/* Attribute and mouse macros do not import into Swift. */
static const attr_t WN_A_NORMAL = A_NORMAL;
static const attr_t WN_A_BOLD = A_BOLD;
static const attr_t WN_A_DIM = A_DIM;
static const attr_t WN_A_UNDERLINE = A_UNDERLINE;
static const attr_t WN_A_REVERSE = A_REVERSE;
static const attr_t WN_A_ITALIC = A_ITALIC;
static const mmask_t WN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t WN_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;
static const mmask_t WN_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t WN_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t WN_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t WN_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t WN_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* C globals are not concurrency-safe in Swift 6: reach them through functions. */
static inline WINDOW *wn_stdscr(void) { return stdscr; }
static inline int wn_colors(void) { return COLORS; }
static inline int wn_color_pairs(void) { return COLOR_PAIRS; }

#endif
