"""What stands for a private answer's words where they are not kept.

An answer telling of a death, an illness, abuse or money (``grief.sensitive``) stays in the transcript
only: a practice item's notes say this instead of the report, and in practice and study every model
call after the turn that kept it private reads this instead of the answer (``agent.context``).
"""

PRIVATE_NOTES = "Kept private."
