# Writes the logscope(1) man page from the program's own --help texts, so that the manual can
# never drift from the options the program accepts. The manual is English (--lang en) whatever
# the build machine's locale.
# Usage: cmake -DLOGSCOPE=<binary> -DOUTPUT=<file> -DVERSION=<v> -P make_manpage.cmake

function(help_of out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${LOGSCOPE} ${ARGN}
                    --help --lang en OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "logscope ${ARGN} --help failed (${rc})")
    endif()
    # troff: escape backslashes, and keep lines that start with '.' or "'" literal.
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" text "\n${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(top)
set(page ".TH LOGSCOPE 1 \"\" \"logscope ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nlogscope \\- fast native log analytics dashboard\n")
string(APPEND page ".SH SYNOPSIS\n.nf\n${top}\n.fi\n")

# Each line "  name   description" under "Commands" names a command with its own --help.
string(REGEX MATCH "Commands[^\n]*\n(( [^\n]*\n)+)" block "${top}")
string(REGEX MATCHALL "\n  ([a-z]+) " names "\n${CMAKE_MATCH_1}")
foreach(entry ${names})
    string(STRIP "${entry}" command)
    help_of(text ${command})
    string(TOUPPER "${command}" title)
    string(APPEND page ".SH COMMAND ${title}\n.nf\n${text}\n.fi\n")
endforeach()

string(APPEND page ".SH EXIT STATUS\n0 on success, 1 when an input could not be read or an output "
                   "could not be written, 2 on a usage error.\n")
string(APPEND page ".SH SEE ALSO\nThe README of the LogScope sources.\n")
file(WRITE ${OUTPUT} "${page}")
