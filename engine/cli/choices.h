/* choices: parsing a choice list as given on the command line ("1,3,ask_hopes"). */
#ifndef RAPPORT_CHOICES_H
#define RAPPORT_CHOICES_H
#include <stddef.h>

#define CHOICE_REF_MAX 128

/* Splits list at commas into refs (each a choice number or id, at most CHOICE_REF_MAX - 1
 * bytes of letters, digits, '_', '-' or '.'). Returns the count, or -1 with a one-line
 * message in err ("step 2 is empty", ...). */
int choices_parse(const char *list, char (*refs)[CHOICE_REF_MAX], int max, char *err, size_t size);

#endif
