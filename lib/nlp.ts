// natural, loaded quietly. Import natural from here, never directly.
import "./envFiles";
import natural from "natural";

export default natural;
