"""torch dtypes used as values (rules/dtype_values.py): their attributes and `is` comparisons,
run in both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

ATTRIBUTES_CODE = '''
def f(x):
    dt = x.dtype
    i = x.long()
    named = (torch.float16.is_floating_point, torch.int8.is_signed, torch.uint8.is_signed,
             torch.bool.is_floating_point, torch.float64.itemsize, torch.int16.itemsize, torch.float32.is_complex)
    of_tensor = (x.dtype.is_floating_point, i.dtype.is_floating_point, i.dtype.is_signed, i.dtype.itemsize)
    of_name = (dt.is_floating_point, dt.itemsize, torch.get_default_dtype().itemsize)
    scaled = x * 2 if i.dtype.is_floating_point else x - 1  # a NanoString's method was always true
    return named, of_tensor, of_name, np.zeros(3, dtype=np.int16).dtype.itemsize, x.is_floating_point(), scaled
'''


def test_dtype_attributes_answer_as_pytorch(torch, jittor):
    both = run_both(ATTRIBUTES_CODE, ["f2,3"])
    assert "dtype_attribute(jt.float16, 'is_floating_point')" in both.code
    assert both.expected[0] == (True, True, False, False, 8, 2, False)
    assert_same(both.expected, both.actual)


IDENTITY_CODE = '''
def f(x):
    d = x.double()
    same = (x.dtype is torch.float32, d.dtype is not torch.float64, torch.long is torch.int64,
            x.dtype is d.dtype, x.dtype is None)
    return same, (d.float() if d.dtype is torch.float64 else d)
'''


def test_dtype_identity_compares_by_name(torch, jittor):
    both = run_both(IDENTITY_CODE, ["f3"])
    assert both.expected[0] == (True, False, True, False, False)
    assert_same(both.expected, both.actual)


KEYS_CODE = '''
SIZES = {torch.float32: 4, torch.float16: 2, torch.int64: 8}


def f(x):
    h = x.half()
    seen = {h.dtype: "half"}
    return (SIZES[x.dtype], SIZES.get(x.long().dtype, 0), h.dtype in {torch.float16, torch.bfloat16},
            x.dtype not in {torch.float16}, seen[torch.float16], seen.get(x.dtype), np.zeros(2).dtype in {np.dtype("float64")})
'''


def test_tensor_dtypes_as_dict_keys_and_set_members(torch, jittor):
    """A Var's dtype (a NanoString) cannot be hashed: `SIZES[x.dtype]` raised TypeError."""
    both = run_both(KEYS_CODE, ["f3"])
    assert both.expected == (4, 8, True, True, "half", None, True)
    assert_same(both.expected, both.actual)


def test_dtype_text_as_pytorch_writes_it(torch, jittor):
    code = "def f(x):\n    return str(x.dtype), repr(torch.int8), str(x.long().dtype).split('.')[-1], str(x.shape)\n"
    both = run_both(code, ["f3"])
    assert both.expected[:3] == ("torch.float32", "torch.int8", "int64")
    assert_same(both.expected[:3], both.actual[:3])
