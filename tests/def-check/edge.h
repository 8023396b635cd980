/* Declarations for tools/def-check.sh's own test (edge.def): one of each
 * kind of type the mapping handles, and the ones it cannot. */
#include <stdarg.h>
#include <stddef.h>

typedef enum { EDGE_A, EDGE_B } edge_kind;
typedef unsigned short edge_u16;
struct edge_pair { int a, b; };
struct edge_nested { char c; struct { char d; int e; } in; };
struct edge_bits { int a : 3; int b; };
struct edge_arr { char s[8]; };
union edge_u { int i; float f; };
typedef struct edge_stream { void *buf; size_t len; void *(*alloc)(void *, size_t); void (*release)(void *, void *); } edge_stream;
typedef void (*edge_handler)(int);
struct edge_holder { edge_stream *stream; int n; };

int edge_ints(int, unsigned, long, unsigned long, long long, size_t);
double edge_floats(float, double, long double);
_Bool edge_bool(char, signed char, unsigned char);
edge_u16 edge_narrow(short, edge_u16);
edge_kind edge_enum(edge_kind);
void edge_callback(int (*cmp)(const void *, const void *), void *);
struct edge_pair edge_pair(struct edge_pair);
int edge_stream_run(edge_stream *, int);
int edge_holder_run(struct edge_holder *);
int edge_printf(const char *, ...);
int edge_vprintf(const char *, va_list);
edge_handler edge_returns_fp(int, edge_handler);
int edge_nested(struct edge_nested);
int edge_bits(struct edge_bits);
int edge_arr(struct edge_arr);
int edge_union(union edge_u);
int edge_cb_cb(void (*)(edge_handler));
int edge_cb_variadic(int (*)(const char *, ...));
int edge_old();
/* for the wrong ones */
int edge_vprintf2(const char *, va_list);
int edge_wrong_int(int, unsigned, long, unsigned long, long long, size_t);
void edge_wrong_cb(int (*cmp)(const void *, const void *), void *);
void edge_wrong_cbsig(int (*cmp)(const void *, const void *), void *);
int edge_wrong_field(edge_stream *, int);
int edge_wrong_variadic(const char *, ...);
struct edge_pair edge_wrong_struct(struct edge_pair);
int edge_wrong_count(const char *, ...);
int edge_wrong_plain(edge_stream *, int);
int edge_wrong_partial(edge_stream *, int);

/* for a draft ("?") */
void *edge_draft(edge_stream *, int (*)(const char *, size_t), unsigned char);

extern int edge_table[4];
