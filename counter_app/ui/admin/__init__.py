"""The screens an administrator or a manager runs the office from (issue 15): billing runs, and
the rest as they come. Each has its command-line twin over the same services."""
