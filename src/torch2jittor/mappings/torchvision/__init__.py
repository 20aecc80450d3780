"""torchvision's registry/weights helpers. Model files in torchvision, and code copied from them,
use these; they are not model code, so they map to small Jittor-free stand-ins in the helper
module instead of being dropped."""
