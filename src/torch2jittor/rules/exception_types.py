"""`except RuntimeError:` and `except ValueError:` also catch AssertionError, `except IndexError:`
also RuntimeError.

The same misuse raises a different exception class in each framework: a shape mismatch in a
matmul, nn.Linear or a convolution is PyTorch's RuntimeError and an AssertionError from Jittor's
checks, as is an argument PyTorch refuses with a ValueError (`nn.init.xavier_uniform_` of a 1-d
tensor); an index out of range is PyTorch's IndexError and Jittor's RuntimeError. A handler
written for PyTorch's class would let Jittor's through, so in a file that uses torch the handler
names both."""
from __future__ import annotations

import ast

from . import register

# the class PyTorch raises -> the class Jittor raises for the same errors
JITTOR_ALSO_RAISES = {"RuntimeError": "AssertionError", "ValueError": "AssertionError", "IndexError": "RuntimeError"}


@register(ast.ExceptHandler)
def widen_exception_types(conv, node: ast.ExceptHandler) -> None:
    if node.type is None or not conv.uses_torch:
        return
    names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
    if not all(isinstance(n, ast.Name) for n in names):
        return
    caught = [n.id for n in names]
    # to a fixed point (IndexError -> RuntimeError -> AssertionError), so that converting the
    # output again changes nothing
    added, names_seen = [], list(caught)
    for name in names_seen:
        also = JITTOR_ALSO_RAISES.get(name)
        if also and also not in names_seen:
            added.append(also)
            names_seen.append(also)
    if not added:
        return
    fc = conv.fc
    start, end = fc.src.start(node.type), fc.src.end(node.type)
    text = ", ".join(n.id for n in names) + ", " + ", ".join(added)
    fc.edits.replace(start, end, f"({text})")
