// natural, loaded quietly. Import natural from here, never directly.
import "./quietDotenv";
import natural from "natural";

export default natural;
