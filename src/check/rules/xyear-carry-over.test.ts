import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './xyear-carry-over.js';

ruleTester(rule, examples);
